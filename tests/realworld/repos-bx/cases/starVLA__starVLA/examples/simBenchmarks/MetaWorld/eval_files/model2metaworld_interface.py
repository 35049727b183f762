stub: upstream file of 4331 bytes
