stub: upstream file of 9286 bytes
