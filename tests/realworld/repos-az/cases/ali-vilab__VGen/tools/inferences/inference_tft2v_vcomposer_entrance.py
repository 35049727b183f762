stub: upstream file of 23704 bytes
