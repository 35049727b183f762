stub: upstream file of 20681 bytes
