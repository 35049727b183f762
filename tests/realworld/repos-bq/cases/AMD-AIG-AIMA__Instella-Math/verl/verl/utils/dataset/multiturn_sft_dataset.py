stub: upstream file of 6234 bytes
