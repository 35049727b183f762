stub: upstream file of 30376 bytes
