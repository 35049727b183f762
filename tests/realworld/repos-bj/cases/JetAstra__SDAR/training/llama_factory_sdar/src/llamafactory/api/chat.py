stub: upstream file of 11425 bytes
