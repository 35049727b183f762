stub: upstream file of 15857 bytes
