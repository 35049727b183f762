stub: upstream file of 22566 bytes
