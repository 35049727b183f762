stub: upstream file of 5998 bytes
