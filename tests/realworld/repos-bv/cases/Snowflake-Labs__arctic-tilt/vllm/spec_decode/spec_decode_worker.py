stub: upstream file of 62899 bytes
