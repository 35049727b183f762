stub: upstream file of 1507 bytes
