stub: upstream file of 8790 bytes
