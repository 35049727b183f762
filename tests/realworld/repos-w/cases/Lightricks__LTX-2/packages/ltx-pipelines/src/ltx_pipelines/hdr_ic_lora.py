stub: upstream file of 40905 bytes
