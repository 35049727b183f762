stub: upstream file of 25373 bytes
