stub: upstream file of 24482 bytes
