stub: upstream file of 7909 bytes
