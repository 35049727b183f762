stub: upstream file of 42627 bytes
