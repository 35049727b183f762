stub: upstream file of 4757 bytes
