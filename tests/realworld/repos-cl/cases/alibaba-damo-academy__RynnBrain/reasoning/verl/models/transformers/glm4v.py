stub: upstream file of 21847 bytes
