stub: upstream file of 10514 bytes
