stub: upstream file of 1939 bytes
