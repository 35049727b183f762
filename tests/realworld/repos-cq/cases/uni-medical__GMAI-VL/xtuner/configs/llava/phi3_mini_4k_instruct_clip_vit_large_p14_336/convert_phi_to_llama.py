stub: upstream file of 3427 bytes
