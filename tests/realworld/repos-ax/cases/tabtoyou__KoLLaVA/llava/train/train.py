stub: upstream file of 37156 bytes
