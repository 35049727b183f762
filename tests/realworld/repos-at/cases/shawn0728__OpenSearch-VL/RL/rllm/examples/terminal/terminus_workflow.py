stub: upstream file of 6455 bytes
