stub: upstream file of 35843 bytes
