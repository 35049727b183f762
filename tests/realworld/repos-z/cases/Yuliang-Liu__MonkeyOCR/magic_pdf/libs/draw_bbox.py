stub: upstream file of 18078 bytes
