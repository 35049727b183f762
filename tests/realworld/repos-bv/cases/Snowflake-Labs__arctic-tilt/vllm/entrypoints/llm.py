stub: upstream file of 61927 bytes
