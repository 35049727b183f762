stub: upstream file of 30622 bytes
