stub: upstream file of 9479 bytes
