stub: upstream file of 6603 bytes
