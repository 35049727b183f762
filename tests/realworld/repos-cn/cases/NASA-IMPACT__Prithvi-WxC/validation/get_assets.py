stub: upstream file of 2534 bytes
