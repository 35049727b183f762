stub: upstream file of 13940 bytes
