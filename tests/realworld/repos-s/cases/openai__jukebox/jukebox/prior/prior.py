stub: upstream file of 17788 bytes
