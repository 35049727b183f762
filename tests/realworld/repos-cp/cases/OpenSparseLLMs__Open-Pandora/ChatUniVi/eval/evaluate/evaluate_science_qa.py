stub: upstream file of 5534 bytes
