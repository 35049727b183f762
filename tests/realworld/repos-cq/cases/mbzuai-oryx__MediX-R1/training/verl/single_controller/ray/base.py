stub: upstream file of 19989 bytes
