stub: upstream file of 4569 bytes
