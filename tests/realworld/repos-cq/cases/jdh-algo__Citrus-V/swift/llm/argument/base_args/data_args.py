stub: upstream file of 4336 bytes
