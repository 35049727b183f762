stub: upstream file of 2234 bytes
