stub: upstream file of 3002 bytes
