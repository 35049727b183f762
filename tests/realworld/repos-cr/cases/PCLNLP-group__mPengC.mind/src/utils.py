stub: upstream file of 62558 bytes
