stub: upstream file of 2421 bytes
