stub: upstream file of 7802 bytes
