stub: upstream file of 25971 bytes
