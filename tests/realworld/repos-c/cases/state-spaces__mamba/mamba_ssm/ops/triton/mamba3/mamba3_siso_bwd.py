stub: upstream file of 84802 bytes
