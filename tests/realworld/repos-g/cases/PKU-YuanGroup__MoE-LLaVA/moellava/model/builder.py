stub: upstream file of 34926 bytes
