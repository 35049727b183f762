stub: upstream file of 23577 bytes
