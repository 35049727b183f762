stub: upstream file of 32120 bytes
