stub: upstream file of 10537 bytes
