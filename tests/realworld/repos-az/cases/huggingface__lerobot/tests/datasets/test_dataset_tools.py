stub: upstream file of 57927 bytes
