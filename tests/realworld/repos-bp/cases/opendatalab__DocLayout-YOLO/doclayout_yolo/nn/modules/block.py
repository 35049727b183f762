stub: upstream file of 29858 bytes
