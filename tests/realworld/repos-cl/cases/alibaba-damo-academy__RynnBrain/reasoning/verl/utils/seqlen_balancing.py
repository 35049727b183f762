stub: upstream file of 16365 bytes
