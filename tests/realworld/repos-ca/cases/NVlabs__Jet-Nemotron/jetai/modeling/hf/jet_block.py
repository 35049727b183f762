stub: upstream file of 10663 bytes
