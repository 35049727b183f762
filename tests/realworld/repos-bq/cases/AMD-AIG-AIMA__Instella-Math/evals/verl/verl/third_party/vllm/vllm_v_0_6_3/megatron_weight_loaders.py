stub: upstream file of 13909 bytes
