stub: upstream file of 17790 bytes
