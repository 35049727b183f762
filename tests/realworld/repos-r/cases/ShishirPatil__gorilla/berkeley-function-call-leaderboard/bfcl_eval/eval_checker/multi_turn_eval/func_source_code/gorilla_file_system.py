stub: upstream file of 32759 bytes
