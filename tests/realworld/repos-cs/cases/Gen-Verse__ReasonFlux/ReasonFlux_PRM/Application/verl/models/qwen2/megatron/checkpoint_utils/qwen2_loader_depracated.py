stub: upstream file of 19831 bytes
