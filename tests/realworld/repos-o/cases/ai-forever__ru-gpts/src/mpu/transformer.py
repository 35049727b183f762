stub: upstream file of 18726 bytes
