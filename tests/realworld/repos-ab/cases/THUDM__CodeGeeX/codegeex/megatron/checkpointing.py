stub: upstream file of 20400 bytes
