stub: upstream file of 23477 bytes
