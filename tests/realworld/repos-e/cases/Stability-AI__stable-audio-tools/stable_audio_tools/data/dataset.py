stub: upstream file of 37755 bytes
