stub: upstream file of 4017 bytes
