stub: upstream file of 5284 bytes
