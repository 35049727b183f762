stub: upstream file of 19400 bytes
