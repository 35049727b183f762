stub: upstream file of 15190 bytes
