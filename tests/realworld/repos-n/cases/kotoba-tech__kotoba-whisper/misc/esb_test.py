stub: upstream file of 60024 bytes
