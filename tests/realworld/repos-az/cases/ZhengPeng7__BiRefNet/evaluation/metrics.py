stub: upstream file of 40411 bytes
