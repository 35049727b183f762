stub: upstream file of 15487 bytes
