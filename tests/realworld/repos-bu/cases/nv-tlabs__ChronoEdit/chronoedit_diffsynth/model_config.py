stub: upstream file of 57905 bytes
