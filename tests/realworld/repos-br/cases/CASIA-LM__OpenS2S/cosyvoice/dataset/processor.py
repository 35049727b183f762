stub: upstream file of 37019 bytes
