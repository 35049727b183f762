stub: upstream file of 8445 bytes
