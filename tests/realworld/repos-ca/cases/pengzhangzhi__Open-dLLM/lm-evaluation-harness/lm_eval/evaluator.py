stub: upstream file of 32473 bytes
