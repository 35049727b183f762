stub: upstream file of 20753 bytes
