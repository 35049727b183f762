stub: upstream file of 20814 bytes
