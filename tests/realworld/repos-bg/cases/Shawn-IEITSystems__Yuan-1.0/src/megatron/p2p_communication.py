stub: upstream file of 10195 bytes
