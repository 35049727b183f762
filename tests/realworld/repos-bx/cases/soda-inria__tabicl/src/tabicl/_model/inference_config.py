stub: upstream file of 13917 bytes
