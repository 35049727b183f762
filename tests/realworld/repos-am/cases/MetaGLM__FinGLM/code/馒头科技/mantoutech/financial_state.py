stub: upstream file of 29789 bytes
