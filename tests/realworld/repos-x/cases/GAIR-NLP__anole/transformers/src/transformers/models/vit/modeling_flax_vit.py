stub: upstream file of 25340 bytes
