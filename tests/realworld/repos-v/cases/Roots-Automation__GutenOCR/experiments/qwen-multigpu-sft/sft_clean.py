stub: upstream file of 30628 bytes
