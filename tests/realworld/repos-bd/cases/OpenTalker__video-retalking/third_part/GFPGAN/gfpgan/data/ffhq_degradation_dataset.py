stub: upstream file of 10324 bytes
