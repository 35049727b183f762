stub: upstream file of 10915 bytes
