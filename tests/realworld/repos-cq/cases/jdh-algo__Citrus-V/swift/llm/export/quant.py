stub: upstream file of 11188 bytes
