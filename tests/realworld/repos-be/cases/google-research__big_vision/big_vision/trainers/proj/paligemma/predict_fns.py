stub: upstream file of 17696 bytes
