stub: upstream file of 6905 bytes
