stub: upstream file of 3848 bytes
