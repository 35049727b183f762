stub: upstream file of 37795 bytes
