stub: upstream file of 10929 bytes
