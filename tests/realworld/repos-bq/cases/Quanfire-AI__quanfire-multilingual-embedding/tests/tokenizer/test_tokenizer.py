stub: upstream file of 22525 bytes
