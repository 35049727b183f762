stub: upstream file of 4486 bytes
