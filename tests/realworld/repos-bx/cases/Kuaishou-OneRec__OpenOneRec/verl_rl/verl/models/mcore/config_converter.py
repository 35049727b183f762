stub: upstream file of 15729 bytes
