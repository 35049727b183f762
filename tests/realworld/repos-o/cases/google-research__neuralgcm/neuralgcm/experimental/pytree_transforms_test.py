stub: upstream file of 18366 bytes
