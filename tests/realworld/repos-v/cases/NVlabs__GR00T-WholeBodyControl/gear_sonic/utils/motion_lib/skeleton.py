stub: upstream file of 59389 bytes
