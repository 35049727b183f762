stub: upstream file of 112790 bytes
