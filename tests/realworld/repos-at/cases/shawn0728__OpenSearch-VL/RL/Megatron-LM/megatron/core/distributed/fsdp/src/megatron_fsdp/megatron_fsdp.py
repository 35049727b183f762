stub: upstream file of 52250 bytes
