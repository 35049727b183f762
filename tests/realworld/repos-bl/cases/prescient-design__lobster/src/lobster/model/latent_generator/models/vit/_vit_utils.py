stub: upstream file of 38728 bytes
