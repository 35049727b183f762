stub: upstream file of 16790 bytes
