stub: upstream file of 3971 bytes
