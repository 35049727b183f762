stub: upstream file of 53690 bytes
