stub: upstream file of 11948 bytes
