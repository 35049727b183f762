stub: upstream file of 17028 bytes
