stub: upstream file of 39432 bytes
