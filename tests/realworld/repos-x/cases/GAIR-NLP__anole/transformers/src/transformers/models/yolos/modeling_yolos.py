stub: upstream file of 60200 bytes
