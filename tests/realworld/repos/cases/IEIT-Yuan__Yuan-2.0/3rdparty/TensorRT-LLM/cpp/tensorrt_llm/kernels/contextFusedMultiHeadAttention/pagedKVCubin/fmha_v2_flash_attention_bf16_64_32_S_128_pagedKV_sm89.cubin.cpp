stub: upstream file of 457066 bytes
