stub: upstream file of 7766 bytes
