stub: upstream file of 15252 bytes
