stub: upstream file of 13348 bytes
