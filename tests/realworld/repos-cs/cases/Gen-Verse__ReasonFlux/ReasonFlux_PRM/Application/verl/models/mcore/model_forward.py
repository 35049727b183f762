stub: upstream file of 5498 bytes
