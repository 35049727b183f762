stub: upstream file of 2705 bytes
