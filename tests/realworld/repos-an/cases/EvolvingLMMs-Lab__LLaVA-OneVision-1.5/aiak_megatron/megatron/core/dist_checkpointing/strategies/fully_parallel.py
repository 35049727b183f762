stub: upstream file of 22062 bytes
