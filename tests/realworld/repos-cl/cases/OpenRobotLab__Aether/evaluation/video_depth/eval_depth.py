stub: upstream file of 20121 bytes
