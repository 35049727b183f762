stub: upstream file of 13976 bytes
