stub: upstream file of 26449 bytes
