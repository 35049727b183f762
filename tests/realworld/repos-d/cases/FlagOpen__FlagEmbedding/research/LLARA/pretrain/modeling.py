stub: upstream file of 20809 bytes
