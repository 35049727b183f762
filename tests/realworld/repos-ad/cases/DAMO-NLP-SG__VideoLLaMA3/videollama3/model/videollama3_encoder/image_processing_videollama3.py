stub: upstream file of 21937 bytes
