stub: upstream file of 5615 bytes
