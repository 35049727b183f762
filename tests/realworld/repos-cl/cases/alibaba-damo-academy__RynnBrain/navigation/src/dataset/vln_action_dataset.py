stub: upstream file of 33616 bytes
