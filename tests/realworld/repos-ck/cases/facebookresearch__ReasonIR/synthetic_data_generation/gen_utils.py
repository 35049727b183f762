stub: upstream file of 11996 bytes
