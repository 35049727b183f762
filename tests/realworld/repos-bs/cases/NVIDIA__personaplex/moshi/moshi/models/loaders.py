stub: upstream file of 12794 bytes
