stub: upstream file of 15678 bytes
