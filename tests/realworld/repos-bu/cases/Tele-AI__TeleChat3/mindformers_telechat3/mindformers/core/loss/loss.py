stub: upstream file of 19251 bytes
