stub: upstream file of 103207 bytes
