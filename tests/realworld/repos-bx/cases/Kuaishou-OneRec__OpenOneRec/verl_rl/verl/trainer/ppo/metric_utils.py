stub: upstream file of 19329 bytes
