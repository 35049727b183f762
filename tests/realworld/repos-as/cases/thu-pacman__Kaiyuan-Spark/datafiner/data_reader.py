stub: upstream file of 10905 bytes
