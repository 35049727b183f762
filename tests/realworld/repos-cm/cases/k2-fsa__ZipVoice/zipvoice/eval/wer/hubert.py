stub: upstream file of 8812 bytes
