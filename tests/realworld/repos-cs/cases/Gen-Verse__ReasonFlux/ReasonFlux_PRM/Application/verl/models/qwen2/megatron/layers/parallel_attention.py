stub: upstream file of 17707 bytes
