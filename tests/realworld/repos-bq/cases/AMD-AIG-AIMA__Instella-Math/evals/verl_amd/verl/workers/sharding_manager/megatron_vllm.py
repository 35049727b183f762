stub: upstream file of 19375 bytes
