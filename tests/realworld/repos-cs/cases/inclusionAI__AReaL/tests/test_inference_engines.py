stub: upstream file of 13386 bytes
