stub: upstream file of 34003 bytes
