stub: upstream file of 11085 bytes
