stub: upstream file of 6507 bytes
