stub: upstream file of 3750 bytes
