stub: upstream file of 18543 bytes
