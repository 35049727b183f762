stub: upstream file of 6037 bytes
