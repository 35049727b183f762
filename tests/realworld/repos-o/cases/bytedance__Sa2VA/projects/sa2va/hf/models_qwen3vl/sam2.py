stub: upstream file of 176490 bytes
