stub: upstream file of 51551 bytes
