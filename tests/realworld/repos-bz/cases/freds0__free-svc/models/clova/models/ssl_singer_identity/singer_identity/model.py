stub: upstream file of 11129 bytes
