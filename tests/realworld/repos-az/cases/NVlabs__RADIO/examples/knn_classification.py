stub: upstream file of 14774 bytes
