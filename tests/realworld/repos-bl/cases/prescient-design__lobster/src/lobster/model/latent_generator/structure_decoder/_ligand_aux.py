stub: upstream file of 4640 bytes
