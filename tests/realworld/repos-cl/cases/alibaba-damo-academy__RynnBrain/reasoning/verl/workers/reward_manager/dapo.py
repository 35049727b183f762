stub: upstream file of 6389 bytes
