stub: upstream file of 14534 bytes
