stub: upstream file of 11445 bytes
