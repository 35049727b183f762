stub: upstream file of 10109 bytes
