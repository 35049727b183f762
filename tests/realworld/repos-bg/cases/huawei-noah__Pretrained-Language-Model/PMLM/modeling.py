stub: upstream file of 51072 bytes
