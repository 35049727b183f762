stub: upstream file of 15551 bytes
