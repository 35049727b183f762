stub: upstream file of 17728 bytes
