stub: upstream file of 9062 bytes
