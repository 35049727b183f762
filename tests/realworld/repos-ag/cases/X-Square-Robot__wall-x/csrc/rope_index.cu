stub: upstream file of 21308 bytes
