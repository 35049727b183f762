stub: upstream file of 12857 bytes
