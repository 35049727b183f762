stub: upstream file of 10507 bytes
