stub: upstream file of 15045 bytes
