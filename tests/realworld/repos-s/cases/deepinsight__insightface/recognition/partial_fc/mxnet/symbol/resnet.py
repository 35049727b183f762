stub: upstream file of 46669 bytes
