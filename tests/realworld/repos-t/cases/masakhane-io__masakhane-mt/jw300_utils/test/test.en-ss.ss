stub: upstream file of 221425 bytes
