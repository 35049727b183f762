stub: upstream file of 14846 bytes
