stub: upstream file of 6176 bytes
