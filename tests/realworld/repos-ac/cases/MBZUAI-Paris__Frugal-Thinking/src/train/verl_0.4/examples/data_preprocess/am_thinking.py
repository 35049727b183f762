stub: upstream file of 14246 bytes
