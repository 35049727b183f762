stub: upstream file of 6969 bytes
