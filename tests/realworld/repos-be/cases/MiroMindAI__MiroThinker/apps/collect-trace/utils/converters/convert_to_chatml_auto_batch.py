stub: upstream file of 8613 bytes
