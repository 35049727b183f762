stub: upstream file of 14438 bytes
