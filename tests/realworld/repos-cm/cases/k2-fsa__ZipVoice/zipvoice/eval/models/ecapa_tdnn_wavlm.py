stub: upstream file of 10358 bytes
