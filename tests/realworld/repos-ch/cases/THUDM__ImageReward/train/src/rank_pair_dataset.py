stub: upstream file of 3884 bytes
