stub: upstream file of 17927 bytes
