stub: upstream file of 13303 bytes
