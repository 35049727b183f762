stub: upstream file of 14445 bytes
