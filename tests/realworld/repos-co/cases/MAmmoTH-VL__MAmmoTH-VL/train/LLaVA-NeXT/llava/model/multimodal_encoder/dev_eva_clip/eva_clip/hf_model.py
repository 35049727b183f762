stub: upstream file of 10110 bytes
