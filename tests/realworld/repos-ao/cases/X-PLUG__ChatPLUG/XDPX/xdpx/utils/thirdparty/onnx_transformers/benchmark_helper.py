stub: upstream file of 17155 bytes
