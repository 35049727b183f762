stub: upstream file of 891 bytes
