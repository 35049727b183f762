stub: upstream file of 11350 bytes
