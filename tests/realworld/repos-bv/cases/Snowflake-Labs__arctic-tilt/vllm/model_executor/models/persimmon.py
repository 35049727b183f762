stub: upstream file of 14612 bytes
