stub: upstream file of 35987 bytes
