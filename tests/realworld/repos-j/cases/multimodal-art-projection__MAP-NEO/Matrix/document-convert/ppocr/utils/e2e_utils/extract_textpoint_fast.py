stub: upstream file of 18791 bytes
