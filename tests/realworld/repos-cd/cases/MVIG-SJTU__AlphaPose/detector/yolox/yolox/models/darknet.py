stub: upstream file of 6019 bytes
