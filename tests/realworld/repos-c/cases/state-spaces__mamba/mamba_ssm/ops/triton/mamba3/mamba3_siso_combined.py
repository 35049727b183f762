stub: upstream file of 17287 bytes
