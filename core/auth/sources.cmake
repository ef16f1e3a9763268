# SPDX-License-Identifier: GPL-3.0-or-later
# core/auth: credentials for MMS (pure, no I/O): HTTP Basic (RFC 7617), NTLMv2 ([MS-NLMP]) client
# and server-side verifier, and the MS-MMSP SecurityChallenge/SecurityResponse token forms.
target_sources(mmscore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/credentials.h
    ${CMAKE_CURRENT_LIST_DIR}/credentials.cpp
    ${CMAKE_CURRENT_LIST_DIR}/basicauth.h
    ${CMAKE_CURRENT_LIST_DIR}/basicauth.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ntlmcrypto.h
    ${CMAKE_CURRENT_LIST_DIR}/ntlmcrypto.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ntlmmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/ntlmmessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ntlmclient.h
    ${CMAKE_CURRENT_LIST_DIR}/ntlmclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ntlmverifier.h
    ${CMAKE_CURRENT_LIST_DIR}/ntlmverifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mmsauthtoken.h
    ${CMAKE_CURRENT_LIST_DIR}/mmsauthtoken.cpp
)
