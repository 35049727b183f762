stub: upstream file of 16753 bytes
