stub: upstream file of 6860 bytes
