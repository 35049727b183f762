stub: upstream file of 32115 bytes
