stub: upstream file of 43704 bytes
