stub: upstream file of 26031 bytes
