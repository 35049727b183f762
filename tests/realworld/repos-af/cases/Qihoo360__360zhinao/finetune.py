stub: upstream file of 12067 bytes
