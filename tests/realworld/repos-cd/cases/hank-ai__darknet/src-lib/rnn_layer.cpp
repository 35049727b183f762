stub: upstream file of 9702 bytes
