stub: upstream file of 31687 bytes
