stub: upstream file of 72576 bytes
