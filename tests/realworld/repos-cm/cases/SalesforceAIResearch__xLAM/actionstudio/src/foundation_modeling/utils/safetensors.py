stub: upstream file of 3150 bytes
