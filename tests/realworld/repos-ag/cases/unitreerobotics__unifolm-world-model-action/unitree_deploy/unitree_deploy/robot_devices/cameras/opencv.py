stub: upstream file of 18688 bytes
