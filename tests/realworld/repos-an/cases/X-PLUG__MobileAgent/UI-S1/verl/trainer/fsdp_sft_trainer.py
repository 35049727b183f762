stub: upstream file of 28016 bytes
