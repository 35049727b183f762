stub: upstream file of 3790 bytes
