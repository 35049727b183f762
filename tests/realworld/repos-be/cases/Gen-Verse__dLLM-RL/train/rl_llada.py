stub: upstream file of 24107 bytes
