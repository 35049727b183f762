stub: upstream file of 18346 bytes
