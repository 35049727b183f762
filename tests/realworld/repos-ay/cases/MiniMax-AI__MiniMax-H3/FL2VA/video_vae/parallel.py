stub: upstream file of 12997 bytes
