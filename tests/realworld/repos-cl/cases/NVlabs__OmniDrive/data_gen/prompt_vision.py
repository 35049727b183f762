stub: upstream file of 12802 bytes
