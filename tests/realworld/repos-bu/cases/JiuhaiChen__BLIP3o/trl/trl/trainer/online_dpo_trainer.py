stub: upstream file of 40306 bytes
