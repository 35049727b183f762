stub: upstream file of 7081 bytes
