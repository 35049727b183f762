stub: upstream file of 17766 bytes
