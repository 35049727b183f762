stub: upstream file of 16235 bytes
