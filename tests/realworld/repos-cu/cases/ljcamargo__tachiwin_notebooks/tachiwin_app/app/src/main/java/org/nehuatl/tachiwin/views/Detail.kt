stub: upstream file of 7971 bytes
