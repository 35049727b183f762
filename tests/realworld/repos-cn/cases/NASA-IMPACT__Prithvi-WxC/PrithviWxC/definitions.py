stub: upstream file of 4148 bytes
