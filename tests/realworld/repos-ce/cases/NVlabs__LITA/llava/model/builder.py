stub: upstream file of 8062 bytes
