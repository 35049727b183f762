stub: upstream file of 9790 bytes
