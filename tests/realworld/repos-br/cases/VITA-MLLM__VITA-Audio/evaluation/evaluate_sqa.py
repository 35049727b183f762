stub: upstream file of 15351 bytes
