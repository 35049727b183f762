stub: upstream file of 44795 bytes
