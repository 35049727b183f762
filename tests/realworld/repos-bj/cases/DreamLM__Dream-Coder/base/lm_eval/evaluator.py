stub: upstream file of 30437 bytes
