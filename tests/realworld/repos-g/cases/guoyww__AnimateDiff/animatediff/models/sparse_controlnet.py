stub: upstream file of 26028 bytes
