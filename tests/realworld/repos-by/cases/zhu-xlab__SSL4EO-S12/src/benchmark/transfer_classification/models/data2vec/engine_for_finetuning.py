stub: upstream file of 9308 bytes
