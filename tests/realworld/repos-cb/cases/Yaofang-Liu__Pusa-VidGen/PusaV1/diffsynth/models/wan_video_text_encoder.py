stub: upstream file of 9131 bytes
