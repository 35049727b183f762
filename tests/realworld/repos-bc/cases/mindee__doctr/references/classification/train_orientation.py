stub: upstream file of 19826 bytes
