stub: upstream file of 16484 bytes
