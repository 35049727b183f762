stub: upstream file of 10788 bytes
