stub: upstream file of 5587 bytes
