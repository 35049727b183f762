stub: upstream file of 10425 bytes
