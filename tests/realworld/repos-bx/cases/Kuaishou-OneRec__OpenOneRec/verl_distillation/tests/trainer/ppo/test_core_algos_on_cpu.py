stub: upstream file of 10911 bytes
