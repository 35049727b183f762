stub: upstream file of 10098 bytes
