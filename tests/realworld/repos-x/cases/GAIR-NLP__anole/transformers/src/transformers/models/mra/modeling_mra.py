stub: upstream file of 61975 bytes
