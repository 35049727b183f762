stub: upstream file of 11654 bytes
