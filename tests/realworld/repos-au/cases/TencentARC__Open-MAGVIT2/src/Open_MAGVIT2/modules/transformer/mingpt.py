stub: upstream file of 25471 bytes
