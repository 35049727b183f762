stub: upstream file of 10427 bytes
