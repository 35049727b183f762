stub: upstream file of 31826 bytes
