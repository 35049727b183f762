stub: upstream file of 17081 bytes
