stub: upstream file of 4162 bytes
