stub: upstream file of 10014 bytes
