stub: upstream file of 31013 bytes
