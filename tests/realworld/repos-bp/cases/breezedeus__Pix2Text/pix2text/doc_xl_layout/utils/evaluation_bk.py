stub: upstream file of 18383 bytes
