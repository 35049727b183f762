stub: upstream file of 6705 bytes
