stub: upstream file of 20203 bytes
