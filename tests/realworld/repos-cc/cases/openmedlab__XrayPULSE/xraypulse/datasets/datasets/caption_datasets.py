stub: upstream file of 2885 bytes
