stub: upstream file of 36891 bytes
