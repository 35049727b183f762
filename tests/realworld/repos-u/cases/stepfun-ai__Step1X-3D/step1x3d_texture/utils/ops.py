stub: upstream file of 15475 bytes
