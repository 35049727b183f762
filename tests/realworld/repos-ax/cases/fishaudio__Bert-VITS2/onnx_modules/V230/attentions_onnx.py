stub: upstream file of 13526 bytes
