stub: upstream file of 12840 bytes
