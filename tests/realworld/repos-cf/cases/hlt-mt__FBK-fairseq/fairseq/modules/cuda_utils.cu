stub: upstream file of 5817 bytes
