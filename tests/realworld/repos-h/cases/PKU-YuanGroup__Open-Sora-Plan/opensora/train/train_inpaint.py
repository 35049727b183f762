stub: upstream file of 53905 bytes
