stub: upstream file of 14508 bytes
