stub: upstream file of 3702 bytes
