stub: upstream file of 22248 bytes
