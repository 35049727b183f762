stub: upstream file of 10587 bytes
