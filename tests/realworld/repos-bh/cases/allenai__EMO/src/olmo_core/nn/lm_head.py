stub: upstream file of 19927 bytes
