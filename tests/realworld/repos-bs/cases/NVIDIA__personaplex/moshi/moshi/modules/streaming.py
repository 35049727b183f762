stub: upstream file of 24356 bytes
