stub: upstream file of 37790 bytes
