stub: upstream file of 24692 bytes
