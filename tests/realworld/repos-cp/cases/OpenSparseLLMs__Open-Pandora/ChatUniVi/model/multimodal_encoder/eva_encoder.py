stub: upstream file of 2790 bytes
