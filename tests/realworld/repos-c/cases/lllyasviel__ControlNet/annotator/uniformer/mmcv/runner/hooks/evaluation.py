stub: upstream file of 22448 bytes
