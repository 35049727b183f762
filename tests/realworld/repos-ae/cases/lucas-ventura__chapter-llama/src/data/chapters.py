stub: upstream file of 12582 bytes
