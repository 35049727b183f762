stub: upstream file of 10284 bytes
