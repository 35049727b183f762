stub: upstream file of 18846 bytes
