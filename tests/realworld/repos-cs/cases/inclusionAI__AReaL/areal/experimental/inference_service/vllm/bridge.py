stub: upstream file of 5593 bytes
