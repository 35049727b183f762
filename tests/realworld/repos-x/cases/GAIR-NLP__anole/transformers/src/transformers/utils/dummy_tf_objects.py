stub: upstream file of 67037 bytes
