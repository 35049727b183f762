stub: upstream file of 16812 bytes
