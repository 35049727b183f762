stub: upstream file of 18412 bytes
