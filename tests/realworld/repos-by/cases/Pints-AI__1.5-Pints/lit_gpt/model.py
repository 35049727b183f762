stub: upstream file of 18386 bytes
