stub: upstream file of 26251 bytes
