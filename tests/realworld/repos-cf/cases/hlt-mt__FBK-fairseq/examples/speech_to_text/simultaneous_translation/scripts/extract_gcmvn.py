stub: upstream file of 4168 bytes
