stub: upstream file of 7129 bytes
