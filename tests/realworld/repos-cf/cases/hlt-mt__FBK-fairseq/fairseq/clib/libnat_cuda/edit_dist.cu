stub: upstream file of 10695 bytes
