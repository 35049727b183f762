stub: upstream file of 27637 bytes
