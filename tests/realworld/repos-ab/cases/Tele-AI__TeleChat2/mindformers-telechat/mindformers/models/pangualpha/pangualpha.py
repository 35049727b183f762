stub: upstream file of 29037 bytes
