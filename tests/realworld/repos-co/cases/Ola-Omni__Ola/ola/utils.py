stub: upstream file of 7483 bytes
