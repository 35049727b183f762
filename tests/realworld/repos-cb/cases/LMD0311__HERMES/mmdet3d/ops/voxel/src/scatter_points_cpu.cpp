stub: upstream file of 4058 bytes
