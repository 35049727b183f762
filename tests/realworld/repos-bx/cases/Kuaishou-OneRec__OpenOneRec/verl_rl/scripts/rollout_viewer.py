stub: upstream file of 20340 bytes
