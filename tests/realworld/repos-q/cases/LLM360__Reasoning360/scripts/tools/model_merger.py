stub: upstream file of 28927 bytes
