stub: upstream file of 15141 bytes
