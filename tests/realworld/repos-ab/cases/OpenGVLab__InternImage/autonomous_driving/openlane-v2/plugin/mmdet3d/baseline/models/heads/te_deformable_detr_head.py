stub: upstream file of 29045 bytes
