stub: upstream file of 32237 bytes
