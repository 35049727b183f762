stub: upstream file of 8628 bytes
