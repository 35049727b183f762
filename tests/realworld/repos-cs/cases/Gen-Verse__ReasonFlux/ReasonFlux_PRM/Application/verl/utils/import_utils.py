stub: upstream file of 3444 bytes
