stub: upstream file of 5980 bytes
