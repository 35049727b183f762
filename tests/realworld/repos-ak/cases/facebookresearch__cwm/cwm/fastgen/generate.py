stub: upstream file of 37007 bytes
