stub: upstream file of 63181 bytes
