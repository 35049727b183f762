stub: upstream file of 19753 bytes
