stub: upstream file of 23406 bytes
