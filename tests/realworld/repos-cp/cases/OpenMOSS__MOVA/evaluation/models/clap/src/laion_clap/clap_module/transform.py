stub: upstream file of 872 bytes
