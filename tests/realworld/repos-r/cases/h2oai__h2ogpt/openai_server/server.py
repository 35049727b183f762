stub: upstream file of 46155 bytes
