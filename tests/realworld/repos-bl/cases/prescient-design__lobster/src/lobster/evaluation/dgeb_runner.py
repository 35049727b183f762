stub: upstream file of 21910 bytes
