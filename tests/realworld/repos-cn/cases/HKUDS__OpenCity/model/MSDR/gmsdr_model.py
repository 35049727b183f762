stub: upstream file of 10217 bytes
