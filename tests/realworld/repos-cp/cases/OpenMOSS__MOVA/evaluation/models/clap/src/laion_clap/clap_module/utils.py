stub: upstream file of 13012 bytes
