stub: upstream file of 12647 bytes
