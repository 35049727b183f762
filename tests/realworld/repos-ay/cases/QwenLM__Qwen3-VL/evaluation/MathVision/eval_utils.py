stub: upstream file of 13462 bytes
