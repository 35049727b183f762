stub: upstream file of 5616 bytes
