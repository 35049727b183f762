stub: upstream file of 10351 bytes
