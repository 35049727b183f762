stub: upstream file of 11139 bytes
