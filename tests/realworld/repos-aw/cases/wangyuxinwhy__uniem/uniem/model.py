stub: upstream file of 13360 bytes
