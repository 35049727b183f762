stub: upstream file of 40427 bytes
