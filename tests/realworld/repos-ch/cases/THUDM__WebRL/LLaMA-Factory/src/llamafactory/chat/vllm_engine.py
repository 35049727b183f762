stub: upstream file of 10796 bytes
