stub: upstream file of 44796 bytes
