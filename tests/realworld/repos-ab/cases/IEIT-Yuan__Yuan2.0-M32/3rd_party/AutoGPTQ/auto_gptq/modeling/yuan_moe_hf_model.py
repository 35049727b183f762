stub: upstream file of 75704 bytes
