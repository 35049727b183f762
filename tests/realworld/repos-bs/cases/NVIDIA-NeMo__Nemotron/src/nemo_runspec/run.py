stub: upstream file of 14839 bytes
