stub: upstream file of 9906 bytes
