stub: upstream file of 9389 bytes
