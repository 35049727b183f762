stub: upstream file of 24925 bytes
