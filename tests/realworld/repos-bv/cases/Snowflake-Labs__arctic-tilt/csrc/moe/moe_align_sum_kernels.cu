stub: upstream file of 17826 bytes
