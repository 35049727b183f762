stub: upstream file of 7701 bytes
