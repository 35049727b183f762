stub: upstream file of 1790 bytes
