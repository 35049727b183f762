stub: upstream file of 36375 bytes
