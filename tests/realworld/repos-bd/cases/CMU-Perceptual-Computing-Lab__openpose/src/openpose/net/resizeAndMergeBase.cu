stub: upstream file of 32619 bytes
