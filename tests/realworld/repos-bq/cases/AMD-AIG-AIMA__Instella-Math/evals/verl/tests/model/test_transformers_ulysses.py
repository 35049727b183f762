stub: upstream file of 10699 bytes
