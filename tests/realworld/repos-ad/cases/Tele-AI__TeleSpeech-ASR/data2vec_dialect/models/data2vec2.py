stub: upstream file of 26844 bytes
