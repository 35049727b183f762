stub: upstream file of 18045 bytes
