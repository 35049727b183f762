stub: upstream file of 7998 bytes
