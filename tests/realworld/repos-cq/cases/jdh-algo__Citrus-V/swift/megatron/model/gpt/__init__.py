stub: upstream file of 1592 bytes
