stub: upstream file of 2479 bytes
