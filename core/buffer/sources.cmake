# core/buffer: the sequential QIODevice that QMediaPlayer reads.
