stub: upstream file of 58970 bytes
