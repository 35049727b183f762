stub: upstream file of 14826 bytes
