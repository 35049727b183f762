stub: upstream file of 60911 bytes
