stub: upstream file of 10389 bytes
