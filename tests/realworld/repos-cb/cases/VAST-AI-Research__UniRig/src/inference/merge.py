stub: upstream file of 20367 bytes
