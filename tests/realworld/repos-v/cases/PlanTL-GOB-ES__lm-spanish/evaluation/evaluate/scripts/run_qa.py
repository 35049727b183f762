stub: upstream file of 29451 bytes
