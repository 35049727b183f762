stub: upstream file of 7905 bytes
