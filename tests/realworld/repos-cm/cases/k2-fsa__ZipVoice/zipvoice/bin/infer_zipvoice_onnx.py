stub: upstream file of 30168 bytes
