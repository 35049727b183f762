stub: upstream file of 7016 bytes
