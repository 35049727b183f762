stub: upstream file of 15534 bytes
