stub: upstream file of 4162414 bytes
