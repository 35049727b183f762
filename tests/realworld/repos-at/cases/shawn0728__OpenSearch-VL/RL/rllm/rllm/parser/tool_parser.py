stub: upstream file of 9603 bytes
