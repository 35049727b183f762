stub: upstream file of 24208 bytes
