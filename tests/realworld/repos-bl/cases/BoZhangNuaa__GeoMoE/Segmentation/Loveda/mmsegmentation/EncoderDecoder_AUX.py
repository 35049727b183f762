stub: upstream file of 1809 bytes
