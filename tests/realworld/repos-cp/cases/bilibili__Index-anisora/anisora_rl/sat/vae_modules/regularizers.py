stub: upstream file of 3481 bytes
