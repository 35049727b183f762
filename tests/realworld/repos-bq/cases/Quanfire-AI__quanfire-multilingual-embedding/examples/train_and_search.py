stub: upstream file of 5418 bytes
