stub: upstream file of 10643 bytes
