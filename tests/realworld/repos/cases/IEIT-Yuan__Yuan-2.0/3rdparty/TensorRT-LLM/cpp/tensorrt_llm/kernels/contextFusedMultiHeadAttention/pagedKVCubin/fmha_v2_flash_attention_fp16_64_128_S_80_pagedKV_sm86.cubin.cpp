stub: upstream file of 746753 bytes
