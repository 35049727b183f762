stub: upstream file of 70019 bytes
