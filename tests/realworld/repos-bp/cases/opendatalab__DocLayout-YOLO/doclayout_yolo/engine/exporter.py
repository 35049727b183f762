stub: upstream file of 54069 bytes
