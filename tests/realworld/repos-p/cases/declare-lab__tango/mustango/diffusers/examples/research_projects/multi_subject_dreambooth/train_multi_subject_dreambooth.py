stub: upstream file of 36508 bytes
