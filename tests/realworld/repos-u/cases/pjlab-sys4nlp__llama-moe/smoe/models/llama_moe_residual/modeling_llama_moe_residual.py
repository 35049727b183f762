stub: upstream file of 12576 bytes
