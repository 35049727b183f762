stub: upstream file of 6816 bytes
