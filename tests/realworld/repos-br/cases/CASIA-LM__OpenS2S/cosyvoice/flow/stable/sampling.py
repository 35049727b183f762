stub: upstream file of 9445 bytes
