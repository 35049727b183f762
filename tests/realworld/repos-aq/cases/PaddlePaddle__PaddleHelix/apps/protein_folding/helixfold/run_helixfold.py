stub: upstream file of 16517 bytes
