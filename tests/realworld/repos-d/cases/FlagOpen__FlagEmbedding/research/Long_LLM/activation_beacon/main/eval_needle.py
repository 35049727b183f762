stub: upstream file of 15624 bytes
