stub: upstream file of 11920 bytes
