stub: upstream file of 11189 bytes
