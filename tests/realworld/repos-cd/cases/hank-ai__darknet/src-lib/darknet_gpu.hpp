stub: upstream file of 7179 bytes
