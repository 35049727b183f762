stub: upstream file of 28993 bytes
