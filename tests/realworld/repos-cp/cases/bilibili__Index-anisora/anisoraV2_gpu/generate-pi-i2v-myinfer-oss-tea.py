stub: upstream file of 16594 bytes
