stub: upstream file of 11456 bytes
