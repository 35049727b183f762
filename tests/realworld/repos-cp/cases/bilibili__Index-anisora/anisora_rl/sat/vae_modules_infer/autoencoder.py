stub: upstream file of 24616 bytes
