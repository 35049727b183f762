stub: upstream file of 5507 bytes
