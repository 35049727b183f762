stub: upstream file of 21385 bytes
