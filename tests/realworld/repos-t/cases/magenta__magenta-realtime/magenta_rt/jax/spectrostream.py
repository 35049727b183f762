stub: upstream file of 48019 bytes
