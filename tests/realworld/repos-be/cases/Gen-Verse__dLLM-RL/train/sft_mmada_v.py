stub: upstream file of 28954 bytes
