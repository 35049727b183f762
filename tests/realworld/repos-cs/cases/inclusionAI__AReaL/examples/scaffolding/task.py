stub: upstream file of 7350 bytes
