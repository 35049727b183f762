stub: upstream file of 12173 bytes
