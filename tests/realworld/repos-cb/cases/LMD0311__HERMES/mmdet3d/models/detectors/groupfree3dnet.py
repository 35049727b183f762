stub: upstream file of 4020 bytes
