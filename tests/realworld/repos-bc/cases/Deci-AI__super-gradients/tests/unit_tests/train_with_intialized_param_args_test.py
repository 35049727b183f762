stub: upstream file of 9035 bytes
