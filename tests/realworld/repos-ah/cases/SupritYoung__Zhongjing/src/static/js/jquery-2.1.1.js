stub: upstream file of 84244 bytes
