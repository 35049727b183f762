stub: upstream file of 12753 bytes
