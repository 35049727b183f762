stub: upstream file of 31235 bytes
