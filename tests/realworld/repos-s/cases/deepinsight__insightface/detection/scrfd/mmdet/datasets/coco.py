stub: upstream file of 22583 bytes
