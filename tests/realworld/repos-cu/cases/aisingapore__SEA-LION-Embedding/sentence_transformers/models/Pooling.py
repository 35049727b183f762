stub: upstream file of 11110 bytes
