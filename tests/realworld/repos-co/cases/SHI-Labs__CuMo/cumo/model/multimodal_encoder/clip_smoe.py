stub: upstream file of 10165 bytes
