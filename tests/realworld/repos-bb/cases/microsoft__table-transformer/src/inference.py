stub: upstream file of 38569 bytes
