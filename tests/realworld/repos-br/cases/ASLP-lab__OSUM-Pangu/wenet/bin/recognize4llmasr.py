stub: upstream file of 15142 bytes
