stub: upstream file of 534 bytes
