stub: upstream file of 22046 bytes
