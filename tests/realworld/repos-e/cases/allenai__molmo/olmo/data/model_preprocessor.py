stub: upstream file of 38345 bytes
