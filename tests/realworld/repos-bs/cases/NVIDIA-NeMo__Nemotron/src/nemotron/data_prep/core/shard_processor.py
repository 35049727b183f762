stub: upstream file of 21794 bytes
