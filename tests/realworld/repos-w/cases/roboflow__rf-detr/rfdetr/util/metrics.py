stub: upstream file of 10124 bytes
