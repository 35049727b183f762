stub: upstream file of 23300 bytes
