stub: upstream file of 3443 bytes
