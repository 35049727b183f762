stub: upstream file of 9404 bytes
