stub: upstream file of 2109 bytes
