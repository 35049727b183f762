stub: upstream file of 29494 bytes
