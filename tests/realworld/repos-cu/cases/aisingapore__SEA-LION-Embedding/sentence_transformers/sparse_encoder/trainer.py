stub: upstream file of 24280 bytes
