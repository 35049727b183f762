stub: upstream file of 18336 bytes
