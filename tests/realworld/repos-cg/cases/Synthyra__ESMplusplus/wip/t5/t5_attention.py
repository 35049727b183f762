stub: upstream file of 7323 bytes
