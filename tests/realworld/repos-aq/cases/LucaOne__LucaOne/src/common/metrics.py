stub: upstream file of 18427 bytes
