stub: upstream file of 48953 bytes
