stub: upstream file of 3507 bytes
