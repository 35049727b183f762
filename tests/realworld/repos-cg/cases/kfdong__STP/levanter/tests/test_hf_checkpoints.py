stub: upstream file of 4475 bytes
