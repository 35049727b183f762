stub: upstream file of 3911 bytes
