stub: upstream file of 2781 bytes
