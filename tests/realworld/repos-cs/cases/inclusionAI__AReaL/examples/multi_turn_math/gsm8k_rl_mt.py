stub: upstream file of 5294 bytes
