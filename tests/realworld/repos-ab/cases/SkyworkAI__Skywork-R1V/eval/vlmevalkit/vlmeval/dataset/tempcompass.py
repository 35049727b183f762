stub: upstream file of 25566 bytes
