stub: upstream file of 12891 bytes
