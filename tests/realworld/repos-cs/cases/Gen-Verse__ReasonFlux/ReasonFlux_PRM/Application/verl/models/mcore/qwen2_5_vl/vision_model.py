stub: upstream file of 12914 bytes
