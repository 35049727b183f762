stub: upstream file of 18422 bytes
