stub: upstream file of 34402 bytes
