stub: upstream file of 19435 bytes
