stub: upstream file of 9696 bytes
