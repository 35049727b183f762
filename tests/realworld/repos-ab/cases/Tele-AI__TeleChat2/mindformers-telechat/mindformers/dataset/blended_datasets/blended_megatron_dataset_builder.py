stub: upstream file of 21264 bytes
