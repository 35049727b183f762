stub: upstream file of 3721 bytes
