stub: upstream file of 30019 bytes
