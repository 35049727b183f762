stub: upstream file of 13723 bytes
