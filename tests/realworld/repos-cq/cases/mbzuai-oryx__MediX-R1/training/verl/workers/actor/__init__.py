stub: upstream file of 790 bytes
