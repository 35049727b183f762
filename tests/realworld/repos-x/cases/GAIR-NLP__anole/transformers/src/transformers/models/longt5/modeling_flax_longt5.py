stub: upstream file of 105670 bytes
