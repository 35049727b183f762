stub: upstream file of 54958 bytes
