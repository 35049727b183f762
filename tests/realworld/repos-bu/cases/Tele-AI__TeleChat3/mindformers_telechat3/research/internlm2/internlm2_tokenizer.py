stub: upstream file of 10613 bytes
