stub: upstream file of 14402 bytes
