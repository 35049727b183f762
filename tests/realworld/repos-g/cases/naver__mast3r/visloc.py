stub: upstream file of 28471 bytes
