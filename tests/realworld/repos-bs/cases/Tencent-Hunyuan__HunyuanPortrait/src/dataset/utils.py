stub: upstream file of 13062 bytes
