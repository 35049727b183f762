stub: upstream file of 18845 bytes
