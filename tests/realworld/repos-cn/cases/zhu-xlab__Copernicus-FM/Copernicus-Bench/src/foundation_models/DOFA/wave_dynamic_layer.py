stub: upstream file of 12790 bytes
