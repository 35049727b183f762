stub: upstream file of 42507 bytes
