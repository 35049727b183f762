stub: upstream file of 86908 bytes
