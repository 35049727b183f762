stub: upstream file of 4005 bytes
