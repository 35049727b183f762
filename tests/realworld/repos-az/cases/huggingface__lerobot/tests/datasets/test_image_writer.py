stub: upstream file of 13317 bytes
