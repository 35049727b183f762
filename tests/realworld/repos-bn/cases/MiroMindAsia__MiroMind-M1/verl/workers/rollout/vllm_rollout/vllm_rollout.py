stub: upstream file of 12418 bytes
