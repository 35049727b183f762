stub: upstream file of 5635 bytes
