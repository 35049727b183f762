stub: upstream file of 23333 bytes
