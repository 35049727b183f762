stub: upstream file of 7753 bytes
