stub: upstream file of 13031 bytes
