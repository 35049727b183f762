stub: upstream file of 3616 bytes
