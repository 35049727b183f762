stub: upstream file of 7445 bytes
