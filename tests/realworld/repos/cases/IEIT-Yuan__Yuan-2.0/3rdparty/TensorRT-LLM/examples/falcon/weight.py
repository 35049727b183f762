stub: upstream file of 30139 bytes
