stub: upstream file of 20125 bytes
