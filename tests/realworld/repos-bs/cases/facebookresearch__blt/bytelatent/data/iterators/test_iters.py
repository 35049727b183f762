stub: upstream file of 3019 bytes
