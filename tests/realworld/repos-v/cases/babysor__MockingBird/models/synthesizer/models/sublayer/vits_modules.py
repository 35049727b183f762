stub: upstream file of 24696 bytes
