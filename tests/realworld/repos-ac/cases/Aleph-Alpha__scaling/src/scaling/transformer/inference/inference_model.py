stub: upstream file of 15919 bytes
