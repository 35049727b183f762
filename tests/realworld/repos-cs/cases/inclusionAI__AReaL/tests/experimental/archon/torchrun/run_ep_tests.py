stub: upstream file of 27497 bytes
