stub: upstream file of 12728 bytes
