stub: upstream file of 20399 bytes
