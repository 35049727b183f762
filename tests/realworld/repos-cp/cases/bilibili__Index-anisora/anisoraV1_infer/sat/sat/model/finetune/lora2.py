stub: upstream file of 14841 bytes
