stub: upstream file of 17877 bytes
