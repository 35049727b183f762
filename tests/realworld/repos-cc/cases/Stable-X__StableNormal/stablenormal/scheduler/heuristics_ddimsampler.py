stub: upstream file of 12045 bytes
