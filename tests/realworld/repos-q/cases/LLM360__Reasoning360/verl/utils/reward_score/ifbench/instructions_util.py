stub: upstream file of 25911 bytes
