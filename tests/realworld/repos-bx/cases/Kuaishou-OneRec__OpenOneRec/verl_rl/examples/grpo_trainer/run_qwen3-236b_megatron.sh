stub: upstream file of 5942 bytes
