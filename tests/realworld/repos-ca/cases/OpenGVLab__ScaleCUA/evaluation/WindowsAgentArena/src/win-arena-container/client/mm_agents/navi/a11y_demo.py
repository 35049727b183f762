stub: upstream file of 13117 bytes
