stub: upstream file of 13797 bytes
