stub: upstream file of 14063 bytes
