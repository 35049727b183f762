stub: upstream file of 28498 bytes
