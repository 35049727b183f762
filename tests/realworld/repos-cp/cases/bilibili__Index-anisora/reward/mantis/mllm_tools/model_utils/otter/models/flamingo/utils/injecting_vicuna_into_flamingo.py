stub: upstream file of 3905 bytes
