stub: upstream file of 23945 bytes
