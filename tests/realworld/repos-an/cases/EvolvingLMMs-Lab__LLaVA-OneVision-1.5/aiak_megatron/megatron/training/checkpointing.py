stub: upstream file of 65397 bytes
