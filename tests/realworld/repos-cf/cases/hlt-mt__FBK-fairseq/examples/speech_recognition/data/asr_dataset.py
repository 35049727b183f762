stub: upstream file of 3955 bytes
