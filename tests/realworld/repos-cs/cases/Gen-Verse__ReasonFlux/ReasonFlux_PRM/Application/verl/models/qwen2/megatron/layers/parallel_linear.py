stub: upstream file of 2543 bytes
