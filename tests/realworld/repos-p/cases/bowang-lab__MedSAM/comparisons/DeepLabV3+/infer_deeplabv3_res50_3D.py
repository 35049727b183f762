stub: upstream file of 9037 bytes
