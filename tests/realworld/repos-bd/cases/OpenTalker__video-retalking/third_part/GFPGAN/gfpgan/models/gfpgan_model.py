stub: upstream file of 26424 bytes
