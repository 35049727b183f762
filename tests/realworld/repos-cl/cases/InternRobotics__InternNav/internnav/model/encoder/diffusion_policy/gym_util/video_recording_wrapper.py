stub: upstream file of 1539 bytes
