stub: upstream file of 51766 bytes
