stub: upstream file of 96019 bytes
