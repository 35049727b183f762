stub: upstream file of 38911 bytes
