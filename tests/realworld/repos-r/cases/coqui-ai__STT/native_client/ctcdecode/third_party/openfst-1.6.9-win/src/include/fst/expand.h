stub: upstream file of 34729 bytes
