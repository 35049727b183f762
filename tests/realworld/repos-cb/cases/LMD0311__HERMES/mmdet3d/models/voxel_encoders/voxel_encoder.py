stub: upstream file of 20525 bytes
