stub: upstream file of 16759 bytes
