stub: upstream file of 4714 bytes
