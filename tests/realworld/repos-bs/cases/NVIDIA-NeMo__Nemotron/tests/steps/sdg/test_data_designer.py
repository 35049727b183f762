stub: upstream file of 18063 bytes
