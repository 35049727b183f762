stub: upstream file of 21911 bytes
