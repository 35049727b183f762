stub: upstream file of 13019 bytes
