stub: upstream file of 22424 bytes
