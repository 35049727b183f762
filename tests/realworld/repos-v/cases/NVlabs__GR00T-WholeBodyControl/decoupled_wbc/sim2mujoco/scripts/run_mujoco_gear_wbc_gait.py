stub: upstream file of 13092 bytes
