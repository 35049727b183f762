stub: upstream file of 7200 bytes
