stub: upstream file of 26495 bytes
