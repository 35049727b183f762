stub: upstream file of 11728 bytes
