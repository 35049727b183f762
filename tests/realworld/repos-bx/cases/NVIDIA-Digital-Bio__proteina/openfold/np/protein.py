stub: upstream file of 15120 bytes
