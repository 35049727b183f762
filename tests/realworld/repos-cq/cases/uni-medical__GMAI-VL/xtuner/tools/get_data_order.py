stub: upstream file of 1378 bytes
