stub: upstream file of 10857 bytes
