stub: upstream file of 14906 bytes
