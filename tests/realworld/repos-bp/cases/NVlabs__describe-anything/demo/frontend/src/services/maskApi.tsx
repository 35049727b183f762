stub: upstream file of 6448 bytes
