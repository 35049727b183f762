stub: upstream file of 5672 bytes
