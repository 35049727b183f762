stub: upstream file of 16792 bytes
