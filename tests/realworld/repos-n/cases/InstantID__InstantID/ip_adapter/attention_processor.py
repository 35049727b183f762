stub: upstream file of 17189 bytes
