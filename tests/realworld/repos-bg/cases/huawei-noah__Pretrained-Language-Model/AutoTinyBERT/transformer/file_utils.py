stub: upstream file of 9194 bytes
