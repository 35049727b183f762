stub: upstream file of 13418 bytes
