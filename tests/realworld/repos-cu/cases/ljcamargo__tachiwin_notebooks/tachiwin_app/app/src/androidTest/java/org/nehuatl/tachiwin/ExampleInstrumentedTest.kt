stub: upstream file of 667 bytes
