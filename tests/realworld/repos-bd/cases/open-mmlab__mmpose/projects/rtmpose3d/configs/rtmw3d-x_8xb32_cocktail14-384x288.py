stub: upstream file of 19925 bytes
