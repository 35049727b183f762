stub: upstream file of 26697 bytes
