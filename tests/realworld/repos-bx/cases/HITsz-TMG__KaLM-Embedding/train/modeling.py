stub: upstream file of 10096 bytes
