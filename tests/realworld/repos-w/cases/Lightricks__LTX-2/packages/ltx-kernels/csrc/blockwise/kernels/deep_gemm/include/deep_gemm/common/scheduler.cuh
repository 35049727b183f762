stub: upstream file of 11017 bytes
