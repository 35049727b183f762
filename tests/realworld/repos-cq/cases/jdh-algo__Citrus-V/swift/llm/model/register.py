stub: upstream file of 28569 bytes
