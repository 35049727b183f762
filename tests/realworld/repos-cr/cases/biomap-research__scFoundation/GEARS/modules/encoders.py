stub: upstream file of 10486 bytes
