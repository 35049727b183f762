stub: upstream file of 6063 bytes
