stub: upstream file of 28427 bytes
