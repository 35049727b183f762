stub: upstream file of 6826 bytes
