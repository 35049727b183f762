stub: upstream file of 42407 bytes
