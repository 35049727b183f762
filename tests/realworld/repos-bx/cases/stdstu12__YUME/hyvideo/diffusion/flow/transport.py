stub: upstream file of 19371 bytes
