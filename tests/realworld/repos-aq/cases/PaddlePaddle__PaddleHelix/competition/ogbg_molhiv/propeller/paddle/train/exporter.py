stub: upstream file of 8759 bytes
