stub: upstream file of 6562 bytes
