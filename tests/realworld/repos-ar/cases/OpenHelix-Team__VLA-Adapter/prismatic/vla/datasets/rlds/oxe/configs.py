stub: upstream file of 33277 bytes
