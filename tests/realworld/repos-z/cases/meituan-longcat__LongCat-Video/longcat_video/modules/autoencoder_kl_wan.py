stub: upstream file of 52707 bytes
