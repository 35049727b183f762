stub: upstream file of 18389 bytes
