stub: upstream file of 18951 bytes
