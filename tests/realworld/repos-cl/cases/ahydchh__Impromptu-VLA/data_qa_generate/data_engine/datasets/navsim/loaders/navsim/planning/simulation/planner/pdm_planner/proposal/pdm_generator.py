stub: upstream file of 18489 bytes
