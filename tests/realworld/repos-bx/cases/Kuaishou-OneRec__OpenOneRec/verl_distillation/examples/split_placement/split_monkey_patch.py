stub: upstream file of 10824 bytes
