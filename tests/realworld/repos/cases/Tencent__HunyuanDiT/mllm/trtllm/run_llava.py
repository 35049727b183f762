stub: upstream file of 33951 bytes
