stub: upstream file of 12323 bytes
