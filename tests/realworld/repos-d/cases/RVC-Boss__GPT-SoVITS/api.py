stub: upstream file of 46014 bytes
