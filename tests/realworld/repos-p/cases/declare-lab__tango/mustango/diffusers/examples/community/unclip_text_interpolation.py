stub: upstream file of 25574 bytes
