stub: upstream file of 3020 bytes
