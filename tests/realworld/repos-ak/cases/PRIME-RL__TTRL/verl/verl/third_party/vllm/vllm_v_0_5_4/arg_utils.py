stub: upstream file of 21687 bytes
