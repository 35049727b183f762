stub: upstream file of 4507 bytes
