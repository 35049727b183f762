stub: upstream file of 7788 bytes
