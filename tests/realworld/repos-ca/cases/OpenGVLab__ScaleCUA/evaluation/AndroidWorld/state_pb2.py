stub: upstream file of 33790 bytes
