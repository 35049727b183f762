stub: upstream file of 27635 bytes
