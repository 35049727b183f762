stub: upstream file of 5929 bytes
