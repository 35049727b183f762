stub: upstream file of 10919 bytes
