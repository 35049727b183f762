stub: upstream file of 20253 bytes
