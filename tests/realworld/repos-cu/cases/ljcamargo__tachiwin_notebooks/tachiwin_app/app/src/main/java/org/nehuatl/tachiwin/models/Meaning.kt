stub: upstream file of 378 bytes
