stub: upstream file of 2687 bytes
