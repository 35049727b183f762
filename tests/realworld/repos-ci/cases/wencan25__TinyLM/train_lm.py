stub: upstream file of 17121 bytes
