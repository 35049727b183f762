stub: upstream file of 18911 bytes
