stub: upstream file of 7157 bytes
