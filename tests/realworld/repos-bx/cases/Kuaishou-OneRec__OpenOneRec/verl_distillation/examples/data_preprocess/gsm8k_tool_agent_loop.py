stub: upstream file of 5005 bytes
