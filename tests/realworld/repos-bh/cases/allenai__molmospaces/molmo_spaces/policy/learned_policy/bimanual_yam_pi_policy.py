stub: upstream file of 13213 bytes
