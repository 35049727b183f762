stub: upstream file of 18696 bytes
