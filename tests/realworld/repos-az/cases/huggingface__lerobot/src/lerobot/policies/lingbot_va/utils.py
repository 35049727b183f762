stub: upstream file of 45500 bytes
