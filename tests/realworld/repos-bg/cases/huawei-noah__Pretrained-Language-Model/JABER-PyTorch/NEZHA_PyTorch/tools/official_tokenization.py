stub: upstream file of 14471 bytes
