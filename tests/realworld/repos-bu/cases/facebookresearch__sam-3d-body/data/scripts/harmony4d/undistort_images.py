stub: upstream file of 7010 bytes
