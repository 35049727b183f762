stub: upstream file of 28035 bytes
