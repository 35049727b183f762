stub: upstream file of 25357 bytes
