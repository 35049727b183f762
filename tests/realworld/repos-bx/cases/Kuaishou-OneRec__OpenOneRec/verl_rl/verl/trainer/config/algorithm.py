stub: upstream file of 4120 bytes
