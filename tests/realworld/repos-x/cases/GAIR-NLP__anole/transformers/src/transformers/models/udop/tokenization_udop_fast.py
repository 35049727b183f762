stub: upstream file of 48940 bytes
