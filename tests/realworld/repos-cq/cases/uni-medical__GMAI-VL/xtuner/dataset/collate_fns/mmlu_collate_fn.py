stub: upstream file of 1316 bytes
