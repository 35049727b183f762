stub: upstream file of 36456 bytes
