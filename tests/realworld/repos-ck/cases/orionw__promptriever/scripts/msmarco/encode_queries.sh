stub: upstream file of 865 bytes
