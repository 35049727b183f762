stub: upstream file of 29534 bytes
