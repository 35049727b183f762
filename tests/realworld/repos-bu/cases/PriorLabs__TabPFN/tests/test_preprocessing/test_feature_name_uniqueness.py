stub: upstream file of 12425 bytes
