stub: upstream file of 4406 bytes
