stub: upstream file of 36915 bytes
