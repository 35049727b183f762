stub: upstream file of 18340 bytes
