stub: upstream file of 18595 bytes
