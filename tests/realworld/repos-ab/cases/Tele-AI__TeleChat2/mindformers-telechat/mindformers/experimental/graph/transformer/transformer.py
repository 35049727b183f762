stub: upstream file of 55516 bytes
