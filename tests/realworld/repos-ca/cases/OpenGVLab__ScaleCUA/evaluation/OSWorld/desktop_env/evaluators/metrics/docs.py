stub: upstream file of 28753 bytes
