stub: upstream file of 12188 bytes
