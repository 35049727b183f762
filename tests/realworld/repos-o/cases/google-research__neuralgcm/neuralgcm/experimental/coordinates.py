stub: upstream file of 32587 bytes
