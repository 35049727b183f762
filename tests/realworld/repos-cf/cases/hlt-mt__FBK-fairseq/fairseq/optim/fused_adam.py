stub: upstream file of 13667 bytes
